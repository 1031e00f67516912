import AccountTreeOutlined from "@mui/icons-material/AccountTreeOutlined";
import MenuBookOutlined from "@mui/icons-material/MenuBookOutlined";
import GridOnOutlined from "@mui/icons-material/GridOnOutlined";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import SchoolOutlined from "@mui/icons-material/SchoolOutlined";
import SettingsOutlined from "@mui/icons-material/SettingsOutlined";
import type { ReactElement } from "react";

export type SectionId =
  "framework" | "lessons" | "coverage" | "plans" | "training" | "settings";

export interface Section {
  id: SectionId;
  path: string;
  icon: ReactElement;
}

/** The app's top-level sections, in navigation order. Labels come from i18n: `nav.<id>`. */
export const SECTIONS: readonly Section[] = [
  { id: "framework", path: "/framework", icon: <AccountTreeOutlined /> },
  { id: "lessons", path: "/lessons", icon: <MenuBookOutlined /> },
  { id: "coverage", path: "/coverage", icon: <GridOnOutlined /> },
  { id: "plans", path: "/plans", icon: <FlagOutlined /> },
  { id: "training", path: "/training", icon: <SchoolOutlined /> },
  { id: "settings", path: "/settings", icon: <SettingsOutlined /> },
];

export function sectionOfPath(pathname: string): SectionId | undefined {
  return SECTIONS.find(
    (s) => pathname === s.path || pathname.startsWith(s.path + "/"),
  )?.id;
}
