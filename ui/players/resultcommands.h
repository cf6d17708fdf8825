#pragma once

#include "players/playerrecords.h"

#include <QObject>
#include <QUndoCommand>

#include <functional>
#include <map>

class QUndoStack;

namespace dojo::ui {

// A result voided and entered again gets a new id, as does a corrected one: the steps on the
// undo stack find the id that stands for theirs now. One for each undo stack, its child.
class ResultTrail : public QObject
{
    Q_OBJECT

public:
    static ResultTrail *of(QUndoStack &stack);

    qint64 current(qint64 resultId) const;
    void replace(qint64 resultId, qint64 by);

private:
    explicit ResultTrail(QObject *parent);

    std::map<qint64, qint64> m_replacedBy;
};

// The results entered by hand on the window's undo stack, each done by whoever is signed in
// when it is done or undone. A step the domain refuses (voiding is a referee's or a manager's:
// a desk member's undo of an entry is refused and audited) is reported with its sentence and
// dropped from the stack, as EditCommand does.
class ResultCommand : public QUndoCommand
{
public:
    using ActorOf = std::function<venue::Actor()>;
    using Failed = std::function<void(const QString &error)>;
    using Written = std::function<void()>; // after each change that was written

    ResultCommand(ResultTrail &trail, PlayerRecords records, ActorOf actor, Failed failed,
                  Written written);

protected:
    void done(const Result<void> &written);
    // `written`'s id now stands for the result `resultId` stood for.
    Result<void> replaced(qint64 resultId, const Result<qint64> &written);

    ResultTrail &m_trail;
    PlayerRecords m_records;
    ActorOf m_actor;

private:
    Failed m_failed;
    Written m_written;
};

// Enters the result; undo voids it, redo enters it again.
class EnterResultCommand : public ResultCommand
{
public:
    EnterResultCommand(const venue::HandResult &result, const QString &text, ResultTrail &trail,
                       PlayerRecords records, ActorOf actor, Failed failed, Written written);

    void redo() override;
    void undo() override;
    qint64 resultId() const { return m_resultId ? m_trail.current(m_resultId) : 0; }

private:
    venue::HandResult m_result;
    qint64 m_resultId = 0;
};

// Voids the result with a reason; undo enters it again (as a new result), redo voids that one.
class VoidResultCommand : public ResultCommand
{
public:
    VoidResultCommand(qint64 resultId, const venue::HandResult &result, const QString &reason,
                      const QString &text, ResultTrail &trail, PlayerRecords records, ActorOf actor,
                      Failed failed, Written written);

    void redo() override;
    void undo() override;

private:
    qint64 m_resultId = 0;
    venue::HandResult m_result;
    QString m_reason;
};

// Corrects the result; undo corrects it back, each with the reason.
class CorrectResultCommand : public ResultCommand
{
public:
    CorrectResultCommand(qint64 resultId, const venue::HandResult &from,
                         const venue::HandResult &to, const QString &reason, const QString &text,
                         ResultTrail &trail, PlayerRecords records, ActorOf actor, Failed failed,
                         Written written);

    void redo() override;
    void undo() override;

private:
    qint64 m_resultId = 0;
    venue::HandResult m_from;
    venue::HandResult m_to;
    QString m_reason;
};

} // namespace dojo::ui
