#pragma once

#include <core/tablestatus.h>

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dojo::storage {
class VenueRepository;
}

namespace dojo::ui {

// The front desk changes a table's status (free, booked, in play); undo puts it back.
// Both directions are written to the database with an audit entry.
class TableStatusCommand : public QUndoCommand
{
public:
    // Called after every write: with an empty string on success, else the database's error.
    using Written = std::function<void(const QString &error)>;

    TableStatusCommand(storage::VenueRepository &venues, qint64 tableId, const QString &tableName,
                       TableStatus from, TableStatus to, Written written);

    void redo() override;
    void undo() override;

private:
    void write(TableStatus status);

    storage::VenueRepository &m_venues;
    qint64 m_tableId;
    TableStatus m_from;
    TableStatus m_to;
    Written m_written;
};

} // namespace dojo::ui
