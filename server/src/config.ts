import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { embeddedStore } from "./embeddedStore";
import { postgresStore } from "./postgresStore";
import type { SchoolServerOptions } from "./server";
import type { SchoolStore } from "./store";

// The school server is configured by environment variables (docs/school-server.md):
//   PORT (8787), HOST (127.0.0.1; 0.0.0.0 to serve the school's network),
//   DATABASE_URL (postgres://…; without it, the embedded SQLite file in DATA_DIR),
//   DATA_DIR (./school-data), REDIS_URL (several processes), SCHOOL_SERVER_SECRET,
//   TRUST_PROXY (1 behind a reverse proxy), ALLOWED_ORIGINS (comma-separated; * by default),
//   MAX_MESSAGE_MB (32), REVOCATION_CHECK_SECONDS (5).

const flag = z
  .enum(["0", "1", "true", "false"])
  .transform((value) => value === "1" || value === "true");

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// address")
    .optional(),
  DATA_DIR: z.string().min(1).default("school-data"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "a redis:// address")
    .optional(),
  SCHOOL_SERVER_SECRET: z.string().min(32, "at least 32 characters").optional(),
  TRUST_PROXY: flag.default(false),
  ALLOWED_ORIGINS: z.string().default("*"),
  MAX_MESSAGE_MB: z.coerce.number().positive().max(512).default(32),
  REVOCATION_CHECK_SECONDS: z.coerce.number().positive().max(3600).default(5),
});

export type ServerEnvironment = z.output<typeof environment>;

/** The configuration, or a message naming each variable that is wrong. */
export function readEnvironment(env: NodeJS.ProcessEnv): ServerEnvironment {
  const parsed = environment.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new Error(
    `The school server's settings are wrong:\n${problems.join("\n")}`,
  );
}

/** PostgreSQL when DATABASE_URL is set, else the embedded file (the folder is made if need be). */
export async function openStore(config: ServerEnvironment): Promise<{
  store: SchoolStore;
  where: string;
}> {
  if (config.DATABASE_URL)
    return {
      store: await postgresStore(config.DATABASE_URL),
      where: "PostgreSQL",
    };
  const dir = resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "school.sqlite");
  return { store: embeddedStore(path), where: path };
}

export const serverOptions = (
  config: ServerEnvironment,
  store: SchoolStore,
): SchoolServerOptions => ({
  port: config.PORT,
  host: config.HOST,
  store,
  secret: config.SCHOOL_SERVER_SECRET,
  redisUrl: config.REDIS_URL,
  trustProxy: config.TRUST_PROXY,
  allowedOrigins: config.ALLOWED_ORIGINS.split(",").map((origin) =>
    origin.trim(),
  ),
  maxMessageBytes: config.MAX_MESSAGE_MB * 1024 * 1024,
  revocationCheckMs: config.REVOCATION_CHECK_SECONDS * 1000,
});
