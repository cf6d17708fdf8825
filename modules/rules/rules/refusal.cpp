#include "rules/refusal.h"

#include "rules/internal/rulestr.h"

#include <QStringList>

namespace dojo::rules {
namespace {

using internal::Tr;

QString fieldKey(ShotField field)
{
    switch (field) {
    case ShotField::None: return {};
    case ShotField::FirstContact: return QStringLiteral("first_contact");
    case ShotField::Pocketed: return QStringLiteral("pocketed");
    case ShotField::Rails: return QStringLiteral("rails");
    case ShotField::OffTable: return QStringLiteral("off_table");
    case ShotField::Call: return QStringLiteral("call");
    }
    return {};
}

QString choiceList(Choices choices)
{
    QStringList keys;
    for (Choice choice : kAllChoices) {
        if (choices.contains(choice))
            keys << choiceKey(choice);
    }
    return keys.join(QStringLiteral(", "));
}

// The sentence about one ball, prefixed with the SHOT key it was found in.
QString aboutBall(const Refusal &refusal)
{
    const QString ball = QString::number(refusal.ball);
    const QString field = fieldKey(refusal.field);
    switch (refusal.reason) {
    case RefusalReason::NoSuchBall:
        return field.isEmpty() ? Tr::tr("ball %1 does not exist").arg(ball)
                               : Tr::tr("%1: ball %2 does not exist").arg(field, ball);
    case RefusalReason::BallNotOnTable:
        return field.isEmpty() ? Tr::tr("ball %1 is not on the table").arg(ball)
                               : Tr::tr("%1: ball %2 is not on the table").arg(field, ball);
    default: return {};
    }
}

} // namespace

QString refusalText(const Refusal &refusal)
{
    switch (refusal.reason) {
    case RefusalReason::MatchOver: return Tr::tr("the match is over");
    case RefusalReason::RackOver: return Tr::tr("the rack is over");
    case RefusalReason::ChoicePending:
        return Tr::tr("a choice is pending (%1); it must be taken first")
            .arg(choiceList(refusal.choices));
    case RefusalReason::NoBreakDue: return Tr::tr("break: no break is due; the rack is under way");
    case RefusalReason::NoSuchBall:
    case RefusalReason::BallNotOnTable: return aboutBall(refusal);
    case RefusalReason::BallPocketedTwice:
        return Tr::tr("ball %1 is pocketed twice").arg(refusal.ball);
    case RefusalReason::BallPocketedAndOff:
        return Tr::tr("off_table: ball %1 was pocketed").arg(refusal.ball);
    case RefusalReason::PocketedWithoutContact:
        return Tr::tr("ball %1 was pocketed though the cue ball touched no ball").arg(refusal.ball);
    case RefusalReason::ChoiceNotOffered:
        return Tr::tr("%1 was not offered").arg(choiceKey(refusal.choice));
    case RefusalReason::CorrectionChangesGame: return Tr::tr("a correction cannot change the game");
    }
    return {};
}

} // namespace dojo::rules
