#include "rules/stepjson.h"

#include "rules/correctionjson.h"
#include "rules/internal/rulestr.h"

#include <core/shotrecordjson.h>

namespace dojo::rules {

using internal::Tr;

namespace {

Result<Step> choiceFrom(const QJsonValue &value, const QString &field)
{
    const std::optional<Choice> choice = choiceFromKey(value.toString());
    if (!value.isString() || !choice)
        return Unexpected(Tr::tr("%1: unknown choice \"%2\"").arg(field, value.toString()));
    return Step(*choice);
}

} // namespace

QJsonObject stepInputToJson(const Step &step, const std::array<QString, 2> &players)
{
    switch (kindOf(step)) {
    case StepKind::Shot: return shotRecordToJson(std::get<ShotRecord>(step));
    case StepKind::Decision:
        return QJsonObject{{QStringLiteral("choice"), choiceKey(std::get<Choice>(step))}};
    case StepKind::Stalemate: return {};
    case StepKind::Correction: return correctionToJson(std::get<Correction>(step), players);
    }
    return {};
}

Result<Step> stepFromJson(const QString &kind, const QJsonObject &input,
                          const std::array<QString, 2> &players)
{
    const std::optional<StepKind> known = stepKindFromKey(kind);
    if (!known)
        return Unexpected(Tr::tr("the step kind \"%1\" is unknown").arg(kind));
    switch (*known) {
    case StepKind::Shot: {
        Result<ShotRecord> shot = shotRecordFromJson(input);
        if (!shot)
            return Unexpected(shot.error());
        return Step(std::move(*shot));
    }
    case StepKind::Decision: {
        const QString key = QStringLiteral("choice");
        if (input.size() != 1 || !input.contains(key))
            return Unexpected(Tr::tr("a decision holds exactly {\"choice\": KEY}"));
        return choiceFrom(input.value(key), key);
    }
    case StepKind::Stalemate:
        if (!input.isEmpty())
            return Unexpected(Tr::tr("a stalemate has no input"));
        return Step(Stalemate{});
    case StepKind::Correction: {
        Result<Correction> correction = correctionFromJson(input, players);
        if (!correction)
            return Unexpected(correction.error());
        return Step(*correction);
    }
    }
    return Unexpected(Tr::tr("the step kind \"%1\" is unknown").arg(kind));
}

Result<Step> scenarioStepFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Unexpected(Tr::tr("a step must be a JSON object"));
    const QJsonObject object = value.toObject();
    const QString shot = QStringLiteral("shot");
    const QString decision = QStringLiteral("decision");
    const QString event = QStringLiteral("event");
    const int kinds
        = int(object.contains(shot)) + int(object.contains(decision)) + int(object.contains(event));
    if (kinds != 1)
        return Unexpected(Tr::tr("a step holds exactly one of shot, decision or event"));
    if (object.contains(shot)) {
        Result<ShotRecord> record = shotRecordFromJson(object.value(shot), shot + u'.');
        if (!record)
            return Unexpected(record.error());
        return Step(std::move(*record));
    }
    if (object.contains(decision))
        return choiceFrom(object.value(decision), decision);
    if (object.value(event).toString() != QLatin1String("stalemate"))
        return Unexpected(Tr::tr("%1: the only event is \"stalemate\"").arg(event));
    return Step(Stalemate{});
}

} // namespace dojo::rules
