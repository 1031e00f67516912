import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// CI runs on two busy cores: a whole screen rendering in jsdom can take seconds, so waits for
// what the person would see allow 15 s (Testing Library's default of 1 s gives up too soon).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom has no layout: report a landscape tablet (1024×768) unless a test sets another size.
export function setViewport(width: number, height: number) {
  const matches = (query: string) => {
    const minWidth = /min-width:\s*(\d+)px/.exec(query);
    const orientation = /orientation:\s*(landscape|portrait)/.exec(query);
    if (minWidth && width < Number(minWidth[1])) return false;
    if (
      orientation &&
      orientation[1] !== (width >= height ? "landscape" : "portrait")
    )
      return false;
    return true;
  };
  window.matchMedia = (query: string) =>
    ({
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
setViewport(1024, 768);
