import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createI18n } from "./i18n";
import { createServices } from "./services/services";

const i18n = createI18n();
// The app's one set of services: the database, what pages watch, caches, the write path.
const services = createServices();
// Watch for other tabs' upgrades, bring the stored frameworks up to the shipped versions (pages
// show progress until it is done), and ask the browser to keep the data.
services.start();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} services={services} />
    </StrictMode>,
  );
}
