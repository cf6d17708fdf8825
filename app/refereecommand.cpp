#include "refereecommand.h"

#include "apptext.h"

#include <rules/match.h>
#include <rules/scenario.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace dojo::app {
namespace {

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void printError(int step, const QString &error)
{
    printLine(QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("error"), error}});
}

// Rules one scenario; false when it had an error (which was printed for its step).
bool refereeScenario(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(0, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const rules::ScenarioParse parsed = rules::parseScenario(file.readAll());
    if (!parsed.scenario) {
        printError(0, parsed.error);
        return false;
    }
    const rules::Scenario &scenario = *parsed.scenario;
    rules::Match match(scenario.setup);
    int number = 0;
    for (const rules::ScenarioStep &step : scenario.steps) {
        ++number;
        if (!step.error.isEmpty()) {
            printError(number, step.error);
            return false;
        }
        rules::StepOutcome outcome;
        switch (step.kind) {
        case rules::ScenarioStep::Kind::Shot: outcome = match.shoot(step.shot); break;
        case rules::ScenarioStep::Kind::Decision: outcome = match.decide(step.choice); break;
        case rules::ScenarioStep::Kind::Stalemate: outcome = match.declareStalemate(); break;
        }
        if (!outcome.ruling) {
            printError(number, outcome.error);
            return false;
        }
        printLine(rules::rulingToJson(number, *outcome.ruling, scenario.players));
    }
    return true;
}

} // namespace

int runReferee(const QStringList &files)
{
    bool allRuled = true;
    for (const QString &path : files)
        allRuled = refereeScenario(path) && allRuled;
    std::fflush(stdout);
    return allRuled ? 0 : 1;
}

Command refereeCommand()
{
    return {.name = QStringLiteral("referee"),
            .summary = AppText::tr("rule rack scenarios (dojopool-rack/1), one JSON line per step"),
            .arguments = AppText::tr("FILE..."),
            .argumentsHelp
            = AppText::tr("rack scenario files (dojopool-rack/1), ruled one after the other"),
            .check =
                [](const CommandInput &input) {
                    return input.arguments.isEmpty()
                               ? AppText::tr("referee needs at least one scenario file")
                               : QString();
                },
            .run
            = [](const CommandInput &input, OpenVenue *) { return runReferee(input.arguments); }};
}

} // namespace dojo::app
