import { PlannerDatabase } from "./schema";

/** The app's one database connection. Only src/db and features' queries/mutations use it. */
export const db = new PlannerDatabase();
