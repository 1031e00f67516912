import { lazy, Suspense } from "react";

// Only loaded when a new version is actually waiting.
const UpdateSnackbar = lazy(() => import("./UpdateSnackbar"));

/**
 * A new version of the app is waiting. It only takes over when the teacher presses Reload,
 * so an update never interrupts an edit.
 */
export function UpdatePrompt(props: {
  open: boolean;
  onLater: () => void;
  onReload: () => void;
}) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <UpdateSnackbar {...props} />
    </Suspense>
  );
}
