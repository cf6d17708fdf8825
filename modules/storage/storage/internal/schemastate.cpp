#include "storage/internal/schemastate.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"

#include <QSqlQuery>

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

SchemaState inspectSchema(QSqlDatabase db)
{
    SchemaState state;
    {
        QSqlQuery tables(db);
        tables.setForwardOnly(true);
        if (!tables.exec(tablesQuery(dialectOf(db)))) {
            state.error = oneLine(tables.lastError());
            return state;
        }
        while (tables.next()) {
            const QString name = tables.value(0).toString();
            if (name == u"dojo_schema")
                state.hasDojoSchema = true;
            else
                state.otherTables.append(name);
        }
    }
    if (state.hasDojoSchema) {
        QSqlQuery version(db);
        version.setForwardOnly(true);
        if (!version.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM dojo_schema"))
            || !version.next()) {
            state.error = oneLine(version.lastError());
            return state;
        }
        state.version = version.value(0).toInt();
    }
    state.readable = true;
    return state;
}

std::optional<QString> refusal(const SchemaState &state, int latestKnownVersion,
                               const QString &what)
{
    if (!state.hasDojoSchema && !state.otherTables.isEmpty()) {
        const QStringList some = state.otherTables.mid(0, 3);
        const QString more
            = state.otherTables.size() > some.size() ? QStringLiteral(", ...") : QString();
        return StorageText::tr("%1 is not a DojoPool database (it has the tables %2%3 but no "
                               "dojo_schema); it was left untouched")
            .arg(what, some.join(QLatin1String(", ")), more);
    }
    if (state.version > latestKnownVersion) {
        return StorageText::tr("the database schema is version %1 but this DojoPool knows only up "
                               "to version %2; use a newer DojoPool")
            .arg(state.version)
            .arg(latestKnownVersion);
    }
    return std::nullopt;
}

} // namespace dojo::storage::internal
