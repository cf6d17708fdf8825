#pragma once

#include "rules/gameoptions.h"
#include "rules/step.h"

#include <core/result.h>

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace dojo::rules {

// A rack scenario (FORMAT.md, dojopool-rack/1): the match's setup and its steps. A step that
// could not be read keeps its reason, so the steps before it are still ruled.
struct Scenario
{
    QString name;
    std::array<QString, 2> players;
    MatchSetup setup;
    std::vector<Result<Step>> steps;
};

// Refused as a whole when the header is wrong; the steps' `expect` blocks are never read.
Result<Scenario> parseScenario(const QByteArray &json);

} // namespace dojo::rules
