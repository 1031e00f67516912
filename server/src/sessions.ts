import { Forbidden } from "@hocuspocus/common";
import type { Connection, Hocuspocus } from "@hocuspocus/server";
import type { Accounts, Person } from "./accounts";

/** What the server knows of each open connection: the person it was opened for. */
export interface ConnectionContext {
  person: Person;
}

/**
 * Revoking a person or resetting their passphrase (the admin CLI, perhaps in another process)
 * ends their open sessions at the next check: every so often, each person with an open
 * connection is looked up again, and a revoked one, or one of an older generation, is closed.
 */
export function watchSessions(
  hocuspocus: Hocuspocus<ConnectionContext>,
  accounts: Accounts,
  everyMs: number,
) {
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const open = new Map<string, Connection<ConnectionContext>[]>();
      for (const document of hocuspocus.documents.values())
        for (const connection of document.getConnections() as Connection<ConnectionContext>[]) {
          const { person } = connection.context;
          open.set(person.id, [...(open.get(person.id) ?? []), connection]);
        }
      const now = new Map(
        (await accounts.byIds([...open.keys()])).map((p) => [p.id, p]),
      );
      for (const [id, connections] of open) {
        const person = now.get(id);
        for (const connection of connections) {
          const opened = connection.context.person;
          if (
            !person ||
            person.revoked ||
            person.generation !== opened.generation
          )
            connection.close({ ...Forbidden, reason: "signed-out" });
        }
      }
    } catch (error) {
      console.error("school server: checking sessions failed", error);
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
