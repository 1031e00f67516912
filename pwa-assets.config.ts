import {
  defineConfig,
  minimal2023Preset,
} from "@vite-pwa/assets-generator/config";

// `npm run icons` turns public/favicon.svg into the PNG icons the manifest lists.
export default defineConfig({
  preset: {
    ...minimal2023Preset,
    maskable: {
      ...minimal2023Preset.maskable,
      resizeOptions: { background: "#1d4f91" },
    },
    apple: {
      ...minimal2023Preset.apple,
      resizeOptions: { background: "#1d4f91" },
    },
  },
  images: ["public/favicon.svg"],
});
