import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import pkg from "./package.json" with { type: "json" };
import { curriculaPlugin } from "./scripts/curricula-plugin.ts";

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  plugins: [
    react(),
    curriculaPlugin(fileURLToPath(new URL("./curricula", import.meta.url))),
    VitePWA({
      // "prompt": a new version waits until the teacher chooses to reload, never mid-edit.
      registerType: "prompt",
      injectRegister: false,
      includeAssets: [
        "favicon.ico",
        "favicon.svg",
        "apple-touch-icon-180x180.png",
      ],
      manifest: {
        id: "/",
        name: "Blueprint Planner 藍圖備課",
        short_name: "藍圖備課",
        description:
          "Plan AI-literacy lessons against Hong Kong's Blueprint for Digital Education Development, offline.",
        lang: "zh-HK",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "any",
        background_color: "#f7f8fa",
        theme_color: "#1d4f91",
        categories: ["education", "productivity"],
        icons: [
          { src: "pwa-64x64.png", sizes: "64x64", type: "image/png" },
          { src: "pwa-192x192.png", sizes: "192x192", type: "image/png" },
          { src: "pwa-512x512.png", sizes: "512x512", type: "image/png" },
          {
            src: "maskable-icon-512x512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        // Everything the app needs, curricula chunks included, so it never needs the network.
        globPatterns: ["**/*.{js,css,html,svg,png,ico,webmanifest,json}"],
        navigateFallback: "/index.html",
        // On the very first install, take control at once so the app works offline without a
        // reload. Updates still wait for the teacher (no skipWaiting): see UpdatePrompt.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: true,
  },
  test: {
    // Every spy and mock goes back to the real thing after each test.
    restoreMocks: true,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/lint/**/*.test.ts"],
          environment: "node",
          // Sized for CI's two busy cores (the property tests read thousands of files).
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ["tests/support/setup-db.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "feature",
          include: ["src/**/*.test.tsx"],
          environment: "jsdom",
          globals: true,
          // jsdom renders whole screens without a browser engine; slow, on CI's two busy cores, but
          // steady: a whole journey through a screen can take a minute there.
          testTimeout: 90_000,
          hookTimeout: 60_000,
          setupFiles: [
            "tests/support/setup-typed-arrays.ts",
            "tests/support/setup-db.ts",
            "tests/support/setup-dom.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "server",
          include: ["server/**/*.test.ts", "tests/sync/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/support/server.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
