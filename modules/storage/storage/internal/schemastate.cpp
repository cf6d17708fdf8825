#include "storage/internal/schemastate.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QVariant>

namespace dojo::storage::internal {

namespace {

// Queries without bound values: QPSQL runs them without a server-side prepared statement.
const QString &tablesQuery(Dialect dialect)
{
    static const QString sqlite
        = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                         "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    static const QString postgres
        = QStringLiteral("SELECT table_name FROM information_schema.tables "
                         "WHERE table_schema = current_schema() ORDER BY table_name");
    return dialect == Dialect::PostgreSQL ? postgres : sqlite;
}

} // namespace

Result<SchemaState> inspectSchema(const QSqlDatabase &db)
{
    SchemaState state;
    {
        Result<QSqlQuery> tables = execute(db, tablesQuery(dialectOf(db)));
        if (!tables)
            return Unexpected(tables.error());
        while (tables->next()) {
            const QString name = tables->value(0).toString();
            if (name == u"dojo_schema")
                state.hasDojoSchema = true;
            else
                state.otherTables.append(name);
        }
    }
    if (state.hasDojoSchema) {
        Result<QSqlQuery> version
            = execute(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM dojo_schema"));
        if (!version)
            return Unexpected(version.error());
        if (!version->next())
            return Unexpected(oneLine(version->lastError()));
        state.version = version->value(0).toInt();
    }
    return state;
}

Result<void> checkOurs(const SchemaState &state, int latestKnownVersion, const QString &what)
{
    if (!state.hasDojoSchema && !state.otherTables.isEmpty()) {
        const QStringList some = state.otherTables.mid(0, 3);
        const QString tables = state.otherTables.size() > some.size()
                                   ? Tr::tr("%1, ...").arg(some.join(QLatin1String(", ")))
                                   : some.join(QLatin1String(", "));
        return Unexpected(Tr::tr("%1 is not a DojoPool database (it has the tables %2 but no "
                                 "dojo_schema); it was left untouched")
                              .arg(what, tables));
    }
    if (state.version > latestKnownVersion) {
        return Unexpected(Tr::tr("the database schema is version %1 but this DojoPool knows "
                                 "only up to version %2; use a newer DojoPool")
                              .arg(state.version)
                              .arg(latestKnownVersion));
    }
    return {};
}

} // namespace dojo::storage::internal
