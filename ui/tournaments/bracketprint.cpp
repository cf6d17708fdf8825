#include "tournaments/bracketprint.h"

#include "tournaments/bracketlayout.h"
#include "tournaments/bracketpainter.h"

#include "common/uitr.h"

#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace dojo::ui {

namespace {

constexpr double kMarginMm = 10.0;
constexpr double kTitleShare = 0.07; // of the page's height, for the title lines
constexpr double kScreenDpi = 96.0;  // a layout unit is a pixel of a 96 dpi screen
constexpr double kMostEnlarged = 1.6;

QString subtitleOf(const venue::TournamentView &view)
{
    const venue::TournamentSettings &settings = view.tournament.settings;
    const int players = int(view.drawn.size());
    if (!settings.startsAt.isValid())
        return Tr::tr("%1 · %2 · %n players", nullptr, players)
            .arg(gameName(settings.game), formatName(settings.draw.format));
    return Tr::tr("%1 · %2 · %n players · %3", nullptr, players)
        .arg(gameName(settings.game), formatName(settings.draw.format),
             QLocale().toString(settings.startsAt, QLocale::LongFormat));
}

} // namespace

void paintBracketSheet(QPainter &painter, const QRectF &page, double dpi,
                       const venue::TournamentView &view, const TableNames &tables)
{
    painter.save();
    const double title = page.height() * kTitleShare;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(title * 0.42)));
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(page.left(), page.top(), page.width(), title * 0.6),
                     int(Qt::AlignLeft | Qt::AlignTop), view.tournament.settings.name);
    font.setPixelSize(std::max(1, int(title * 0.26)));
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(QRectF(page.left(), page.top() + title * 0.6, page.width(), title * 0.4),
                     int(Qt::AlignLeft | Qt::AlignTop), subtitleOf(view));

    const BracketLayout layout = layOutBracket(view);
    const QRectF area(page.left(), page.top() + title * 1.15, page.width(),
                      page.height() - title * 1.15);
    if (!layout.size.isEmpty()) {
        const double natural = dpi / kScreenDpi;
        const double scale
            = std::min({area.width() / layout.size.width(), area.height() / layout.size.height(),
                        natural * kMostEnlarged});
        painter.translate(area.topLeft());
        painter.scale(scale, scale);
        paintBracket(painter, view, layout, BracketMarks{std::nullopt, false, tables});
    }
    painter.restore();
}

Result<void> paintBracketPage(QPagedPaintDevice &device, const venue::TournamentView &view,
                              const TableNames &tables)
{
    (void)device.setPageSize(QPageSize(QPageSize::A4));
    (void)device.setPageOrientation(QPageLayout::Landscape);
    (void)device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device)) {
        return Unexpected(Tr::tr("The bracket cannot be printed: the printer or file does not "
                                 "accept painting."));
    }
    paintBracketSheet(painter, QRectF(0, 0, device.width(), device.height()), device.logicalDpiX(),
                      view, tables);
    if (!painter.end()) {
        return Unexpected(Tr::tr("The bracket cannot be printed: the printer or file did not "
                                 "finish the page."));
    }
    return {};
}

Result<void> writeBracketPdf(const venue::TournamentView &view, const TableNames &tables,
                             const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return Unexpected(
            Tr::tr("The bracket cannot be written to %1: %2.").arg(file, out.errorString()));
    }
    {
        QPdfWriter writer(&out);
        writer.setCreator(QStringLiteral("DojoPool"));
        writer.setTitle(view.tournament.settings.name);
        writer.setResolution(300);
        if (Result<void> painted = paintBracketPage(writer, view, tables); !painted)
            return painted;
    }
    if (!out.commit()) {
        return Unexpected(
            Tr::tr("The bracket cannot be written to %1: %2.").arg(file, out.errorString()));
    }
    return {};
}

} // namespace dojo::ui
