import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { Section } from "./navigation";
import { SECTION_PAGES } from "./pages";

/**
 * Opening a section from the navigation: its page and strings are loaded first, then the route
 * changes, so the page renders at once (see lazyPage). Clicks meant for a new tab or window are
 * left to the browser.
 */
export function useSectionLink() {
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  return (section: Section) => (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    const { preload, namespace } = SECTION_PAGES[section.id];
    void Promise.all([preload(), namespace && i18n.loadNamespaces(namespace)])
      .catch(() => undefined) // offline and not cached: the route shows its own error
      .then(() => navigate(section.path));
  };
}
