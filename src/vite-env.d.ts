/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module "virtual:curricula" {
  /** One entry per file in curricula/, known at build time; `load` fetches the file's JSON lazily. */
  export const curricula: readonly {
    file: string;
    id: string;
    version: string;
    load: () => Promise<unknown>;
  }[];
}
