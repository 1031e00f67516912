import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createI18n } from "./i18n";
import { db } from "./db/db";
import { ensureCurricula } from "./db/curricula";
import { requestPersistentStorage } from "./db/storage";
import { watchVersionChange } from "./db/versionChange";

const i18n = createI18n();

// Bring the stored frameworks up to the shipped versions; pages show progress until it is done.
watchVersionChange(db);
void ensureCurricula(db);
void requestPersistentStorage(db);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
