# Where the cluster of ops/cluster.sh keeps its files (sourced, not run; needs ROOT set to the
# checkout). Most live under target/cluster. What PostgreSQL's own programs write (its data, its
# socket, its log, the backups and a restored copy) must be reachable by the postgres user, which a
# checkout inside a closed home folder (/root, mode 700) is not: then those live in a folder of
# their own under /var/tmp, named after the checkout, so that every script finds the same one.
CLUSTER="$ROOT/target/cluster"
if runuser -u postgres -- test -r "$ROOT/pom.xml" 2>/dev/null; then
  PG_HOME="$CLUSTER"
else
  PG_HOME="/var/tmp/connects-cluster-$(printf '%s' "$CLUSTER" | sha256sum | cut -c 1-12)"
fi
PG_BIN=/usr/lib/postgresql/15/bin
PG_DATA="$PG_HOME/pg"
PG_SOCKET="$PG_HOME/pg-socket"
PG_LOG="$PG_HOME/postgres.log"

# Runs a command as the postgres user from /, since it may not enter the current folder.
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
