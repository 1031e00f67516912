import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { deviceCode } from "../../../domain/device";

/**
 * How a file's device reads: this one, another (by its code, from `codeOf` where several
 * devices are shown together: see codesFor), or not named (version 1).
 */
export function useDeviceText(
  self: string,
  codeOf: (id: string) => string = deviceCode,
) {
  const { t } = useTranslation("coverage");
  return useCallback(
    (device: string) =>
      device === ""
        ? t("import.device.none")
        : device === self
          ? t("import.device.here")
          : t("import.device.named", { code: codeOf(device) }),
    [codeOf, self, t],
  );
}
