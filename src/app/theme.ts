import { createTheme } from "@mui/material/styles";

/**
 * Tuned for long reading on a tablet: a 16 px base with generous line height, system fonts
 * that carry Traditional Chinese well (PingFang HK on iPad, Noto Sans CJK TC on Android and
 * Chromebooks, Microsoft JhengHei on Windows), and touch targets of at least 44 px.
 */
const fontFamily = [
  "system-ui",
  "-apple-system",
  '"Segoe UI"',
  "Roboto",
  '"PingFang HK"',
  '"Noto Sans CJK TC"',
  '"Noto Sans TC"',
  '"Microsoft JhengHei"',
  "sans-serif",
].join(",");

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: "media" },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: "#1d4f91" },
        secondary: { main: "#8a4b08" },
        background: { default: "#f7f8fa", paper: "#ffffff" },
      },
    },
    dark: {
      palette: {
        primary: { main: "#9cc2ff" },
        secondary: { main: "#f0b35e" },
      },
    },
  },
  typography: {
    fontFamily,
    fontSize: 15,
    body1: { lineHeight: 1.65 },
    body2: { lineHeight: 1.6 },
    h1: { fontSize: "1.75rem", fontWeight: 600, lineHeight: 1.3 },
    h2: { fontSize: "1.4rem", fontWeight: 600, lineHeight: 1.35 },
    h3: { fontSize: "1.15rem", fontWeight: 600, lineHeight: 1.4 },
  },
  shape: { borderRadius: 10 },
  components: {
    MuiButtonBase: { defaultProps: { disableRipple: false } },
    MuiButton: {
      styleOverrides: { root: { minHeight: 44, textTransform: "none" } },
    },
    MuiIconButton: {
      styleOverrides: { root: { minWidth: 44, minHeight: 44 } },
    },
    MuiToggleButton: {
      styleOverrides: {
        root: { minHeight: 44, minWidth: 44, textTransform: "none" },
      },
    },
    MuiListItemButton: { styleOverrides: { root: { minHeight: 48 } } },
    MuiBottomNavigationAction: {
      styleOverrides: { root: { minWidth: 56, minHeight: 56 } },
    },
    MuiChip: { styleOverrides: { root: { fontWeight: 600 } } },
    MuiTab: {
      styleOverrides: {
        root: { textTransform: "none", minHeight: 48, fontSize: "0.95rem" },
      },
    },
  },
});
