#include "storage/matchrecords.h"

namespace dojo::storage {

QString matchStepKindKey(MatchStepKind kind)
{
    switch (kind) {
    case MatchStepKind::Shot: return QStringLiteral("shot");
    case MatchStepKind::Decision: return QStringLiteral("decision");
    case MatchStepKind::Stalemate: return QStringLiteral("stalemate");
    case MatchStepKind::Correction: return QStringLiteral("correction");
    }
    return {};
}

std::optional<MatchStepKind> matchStepKindFromKey(const QString &key)
{
    for (MatchStepKind kind : {MatchStepKind::Shot, MatchStepKind::Decision,
                               MatchStepKind::Stalemate, MatchStepKind::Correction}) {
        if (matchStepKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace dojo::storage
