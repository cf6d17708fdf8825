#include "venue/internal/matchstep.h"

#include "venue/internal/venuetext.h"

#include <core/shotrecordjson.h>
#include <rules/correctionjson.h>

namespace dojo::venue::internal {

using storage::MatchStepKind;

QJsonObject stepInputToJson(const MatchStep &step, const std::array<QString, 2> &players)
{
    switch (step.kind) {
    case MatchStepKind::Shot: return shotRecordToJson(step.shot);
    case MatchStepKind::Decision:
        return QJsonObject{{QStringLiteral("choice"), rules::choiceKey(step.choice)}};
    case MatchStepKind::Stalemate: return {};
    case MatchStepKind::Correction: return rules::correctionToJson(step.correction, players);
    }
    return {};
}

MatchStepParse stepFromInput(MatchStepKind kind, const QJsonObject &input,
                             const std::array<QString, 2> &players)
{
    MatchStep step;
    step.kind = kind;
    switch (kind) {
    case MatchStepKind::Shot: {
        const ShotRecordParse parsed = shotRecordFromJson(input);
        if (!parsed.shot)
            return {std::nullopt, parsed.error};
        step.shot = *parsed.shot;
        break;
    }
    case MatchStepKind::Decision: {
        const QString key = input.value(QLatin1String("choice")).toString();
        const std::optional<rules::Choice> choice = rules::choiceFromKey(key);
        if (!choice || input.size() != 1)
            return {std::nullopt,
                    QStringLiteral("choice: ") + VenueText::tr("unknown choice \"%1\"").arg(key)};
        step.choice = *choice;
        break;
    }
    case MatchStepKind::Stalemate:
        if (!input.isEmpty())
            return {std::nullopt, VenueText::tr("a stalemate has no input")};
        break;
    case MatchStepKind::Correction: {
        const rules::CorrectionParse parsed = rules::correctionFromJson(input, players);
        if (!parsed.correction)
            return {std::nullopt, parsed.error};
        step.correction = *parsed.correction;
        break;
    }
    }
    return {step, {}};
}

rules::StepOutcome applyStep(rules::Match &match, const MatchStep &step)
{
    switch (step.kind) {
    case MatchStepKind::Shot: return match.shoot(step.shot);
    case MatchStepKind::Decision: return match.decide(step.choice);
    case MatchStepKind::Stalemate: return match.declareStalemate();
    case MatchStepKind::Correction: return match.correct(step.correction);
    }
    return {};
}

} // namespace dojo::venue::internal
