#include "venuefloor/tablestatuscommand.h"

#include "common/tabletext.h"

#include <storage/venuerepository.h>

#include <QCoreApplication>

namespace dojo::ui {

TableStatusCommand::TableStatusCommand(storage::VenueRepository &venues, qint64 tableId,
                                       const QString &tableName, TableStatus from, TableStatus to,
                                       Written written)
    : m_venues(venues)
    , m_tableId(tableId)
    , m_from(from)
    , m_to(to)
    , m_written(std::move(written))
{
    setText(QCoreApplication::translate("TableStatusCommand", "Set %1 to “%2”")
                .arg(tableName, TableText::status(to)));
}

void TableStatusCommand::redo()
{
    write(m_to);
}

void TableStatusCommand::undo()
{
    write(m_from);
}

void TableStatusCommand::write(TableStatus status)
{
    const bool ok = m_venues.setTableStatus(m_tableId, status, QStringLiteral("front-desk"));
    if (!ok)
        setObsolete(true); // the database refused: keep no step that did not happen
    if (m_written)
        m_written(ok ? QString() : m_venues.lastError());
}

} // namespace dojo::ui
