#include "players/resultcommands.h"

#include "common/uitr.h"

#include <QUndoStack>

namespace dojo::ui {

namespace {

// The reason an undo gives, for the audit log.
QString undoneReason(const QString &reason)
{
    return reason.isEmpty() ? Tr::tr("Undone at the desk.")
                            : Tr::tr("Undone at the desk: %1").arg(reason);
}

Result<void> writtenOrNot(const Result<qint64> &id)
{
    if (id)
        return {};
    return Unexpected(id.error());
}

} // namespace

ResultTrail::ResultTrail(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("resultTrail"));
}

ResultTrail *ResultTrail::of(QUndoStack &stack)
{
    if (auto *trail
        = stack.findChild<ResultTrail *>(QStringLiteral("resultTrail"), Qt::FindDirectChildrenOnly))
        return trail;
    return new ResultTrail(&stack);
}

qint64 ResultTrail::current(qint64 resultId) const
{
    for (auto next = m_replacedBy.find(resultId); next != m_replacedBy.end();
         next = m_replacedBy.find(resultId))
        resultId = next->second;
    return resultId;
}

void ResultTrail::replace(qint64 resultId, qint64 by)
{
    if (resultId != 0 && resultId != by)
        m_replacedBy[current(resultId)] = by;
}

ResultCommand::ResultCommand(ResultTrail &trail, PlayerRecords records, ActorOf actor,
                             Failed failed, Written written)
    : m_trail(trail)
    , m_records(std::move(records))
    , m_actor(std::move(actor))
    , m_failed(std::move(failed))
    , m_written(std::move(written))
{
}

void ResultCommand::done(const Result<void> &written)
{
    if (written) {
        if (m_written)
            m_written();
        return;
    }
    setObsolete(true);
    if (m_failed)
        m_failed(written.error());
}

Result<void> ResultCommand::replaced(qint64 resultId, const Result<qint64> &written)
{
    if (written)
        m_trail.replace(resultId, *written);
    return writtenOrNot(written);
}

EnterResultCommand::EnterResultCommand(const venue::HandResult &result, const QString &text,
                                       ResultTrail &trail, PlayerRecords records, ActorOf actor,
                                       Failed failed, Written written)
    : ResultCommand(trail, std::move(records), std::move(actor), std::move(failed),
                    std::move(written))
    , m_result(result)
{
    setText(text);
}

void EnterResultCommand::redo()
{
    const Result<qint64> entered = m_records.enterResult(m_result, m_actor());
    if (entered && m_resultId == 0)
        m_resultId = *entered;
    done(replaced(m_resultId, entered)); // entered again after an undo: a new id for the same
}

void EnterResultCommand::undo()
{
    done(m_records.voidResult(m_trail.current(m_resultId), undoneReason({}), m_actor()));
}

VoidResultCommand::VoidResultCommand(qint64 resultId, const venue::HandResult &result,
                                     const QString &reason, const QString &text, ResultTrail &trail,
                                     PlayerRecords records, ActorOf actor, Failed failed,
                                     Written written)
    : ResultCommand(trail, std::move(records), std::move(actor), std::move(failed),
                    std::move(written))
    , m_resultId(resultId)
    , m_result(result)
    , m_reason(reason)
{
    setText(text);
}

void VoidResultCommand::redo()
{
    done(m_records.voidResult(m_trail.current(m_resultId), m_reason, m_actor()));
}

void VoidResultCommand::undo()
{
    done(replaced(m_resultId, m_records.enterResult(m_result, m_actor())));
}

CorrectResultCommand::CorrectResultCommand(qint64 resultId, const venue::HandResult &from,
                                           const venue::HandResult &to, const QString &reason,
                                           const QString &text, ResultTrail &trail,
                                           PlayerRecords records, ActorOf actor, Failed failed,
                                           Written written)
    : ResultCommand(trail, std::move(records), std::move(actor), std::move(failed),
                    std::move(written))
    , m_resultId(resultId)
    , m_from(from)
    , m_to(to)
    , m_reason(reason)
{
    setText(text);
}

void CorrectResultCommand::redo()
{
    done(replaced(m_resultId,
                  m_records.correctResult(m_trail.current(m_resultId), m_to, m_reason, m_actor())));
}

void CorrectResultCommand::undo()
{
    done(replaced(m_resultId, m_records.correctResult(m_trail.current(m_resultId), m_from,
                                                      undoneReason(m_reason), m_actor())));
}

} // namespace dojo::ui
