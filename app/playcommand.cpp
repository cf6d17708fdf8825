#include "playcommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuecameras.h"

#include <capture/sourcespec.h>
#include <tablescreen/tablescreen.h>
#include <venue/scoreboard.h>

#include <QApplication>

namespace dojo::app {
namespace {

const QString kTable = QStringLiteral("table");

Result<void> check(const CommandInput &input)
{
    if (input.arguments.size() != 1)
        return Unexpected(AppText::tr("play needs exactly one source"));
    if (const Result<capture::SourceSpec> spec = capture::parseSourceSpec(input.arguments[0]);
        !spec)
        return Unexpected(spec.error());
    if (input.isSet(kTable) && !tableSizeFromKey(input.value(kTable))) {
        return Unexpected(AppText::tr("--table is 7ft, 8ft, 8ft-oversized or 9ft, not \"%1\"")
                              .arg(input.value(kTable)));
    }
    return {};
}

int runPlay(const CommandInput &input)
{
    const QString source = input.arguments[0];
    const capture::SourceSpec spec = *capture::parseSourceSpec(source);
    venue::Table table;
    table.name = source;
    table.cameraSource = source;
    const QString size = input.isSet(kTable) ? input.value(kTable) : spec.tableSize;
    table.size = tableSizeFromKey(size).value_or(TableSize::NineFoot);

    venue::TableScoreboard scoreboard;
    const std::unique_ptr<capture::TableCamera> camera
        = makeTableCamera(source, {nullptr, &scoreboard});
    capture::ReplayBuffer replays;
    capture::TableTracking tracking(0, table.size, std::nullopt, &replays);
    tracking.follow(*camera);
    ui::TableScreen screen(table, {camera.get(), &scoreboard, &tracking});
    StopSignals stopSignals;
    if (Result<void> installed = stopSignals.install())
        QObject::connect(&stopSignals, &StopSignals::stopRequested, &screen, &QWidget::close);
    camera->start();
    screen.resize(1600, 900);
    screen.show();
    qInfo("%s", qPrintable(AppText::tr("showing %1 on the table screen").arg(source)));
    const int status = QApplication::exec();
    camera->stop();
    return status;
}

} // namespace

Command playCommand()
{
    return {.name = QStringLiteral("play"),
            .summary = AppText::tr("show one source on the table screen, to set up a camera"),
            .arguments = AppText::tr("SOURCE"),
            .argumentsHelp = AppText::tr(
                "a video file, an image, a folder of images, a stream URL, camera:N or sim:SEED "
                "(docs/cameras.md)"),
            .options = {QCommandLineOption(
                kTable,
                AppText::tr("The table's size for the drawing from above: 7ft, 8ft, "
                            "8ft-oversized or 9ft (default 9ft, or the simulated table's)."),
                AppText::tr("SIZE"))},
            .needsWindow = true,
            .check = check,
            .run = [](const CommandInput &input, OpenVenue *) { return runPlay(input); }};
}

} // namespace dojo::app
