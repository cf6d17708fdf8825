#include "rules/step.h"

namespace dojo::rules {

StepKind kindOf(const Step &step)
{
    return static_cast<StepKind>(step.index());
}

QString stepKindKey(StepKind kind)
{
    switch (kind) {
    case StepKind::Shot: return QStringLiteral("shot");
    case StepKind::Decision: return QStringLiteral("decision");
    case StepKind::Stalemate: return QStringLiteral("stalemate");
    case StepKind::Correction: return QStringLiteral("correction");
    }
    return {};
}

std::optional<StepKind> stepKindFromKey(const QString &key)
{
    for (StepKind kind :
         {StepKind::Shot, StepKind::Decision, StepKind::Stalemate, StepKind::Correction}) {
        if (stepKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace dojo::rules
