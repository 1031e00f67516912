import { createContext, useContext, type ReactNode } from "react";
import type { AppServices } from "./services";

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

/** The app's services (database, stores, caches, write path), from the nearest provider. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services)
    throw new Error("useServices: render inside <ServicesProvider>");
  return services;
}
