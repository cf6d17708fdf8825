#include "refereecommand.h"

#include "apptext.h"

#include <rules/match.h>
#include <rules/refusal.h>
#include <rules/rulingjson.h>
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
        printError(0, AppText::tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const Result<rules::Scenario> scenario = rules::parseScenario(file.readAll());
    if (!scenario) {
        printError(0, scenario.error());
        return false;
    }
    rules::Match match(scenario->setup);
    int number = 0;
    for (const Result<rules::Step> &step : scenario->steps) {
        ++number;
        if (!step) {
            printError(number, step.error());
            return false;
        }
        const Result<rules::Ruling, rules::Refusal> ruling = match.apply(*step);
        if (!ruling) {
            printError(number, rules::refusalText(ruling.error()));
            return false;
        }
        printLine(rules::rulingToJson(number, *ruling, scenario->players));
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
            .check = [](const CommandInput &input) -> Result<void> {
                if (input.arguments.isEmpty())
                    return Unexpected(AppText::tr("referee needs at least one scenario file"));
                return {};
            },
            .run
            = [](const CommandInput &input, OpenVenue *) { return runReferee(input.arguments); }};
}

} // namespace dojo::app
