import { Component, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Container from "@mui/material/Container";
import { useTranslation } from "react-i18next";

function RouteErrorMessage() {
  const { t } = useTranslation();
  return (
    <Container maxWidth="sm" sx={{ py: 4 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            {t("shell.reload")}
          </Button>
        }
      >
        {t("shell.screenFailed")}
      </Alert>
    </Container>
  );
}

/**
 * Shown instead of a blank page if a screen fails (for example a chunk that cannot load);
 * the teacher's data is untouched. Keyed by the route, so moving on clears it.
 */
export class RouteErrorBoundary extends Component<
  { children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteErrorMessage /> : this.props.children;
  }
}
