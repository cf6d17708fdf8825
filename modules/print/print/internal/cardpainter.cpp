#include "print/internal/cardpainter.h"

#include "print/internal/printtr.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace dojo::print::internal {

namespace {

// The card's parts, in millimetres from its top-left corner.
constexpr double kMarginMm = 8.0;
const QRectF kVenueBoxMm(kMarginMm, 9.0, kCardWidthMm - 2 * kMarginMm, 7.0);
const QRectF kTableBoxMm(kMarginMm, 16.0, kCardWidthMm - 2 * kMarginMm, 16.0);
// The code with its quiet zone: 76 mm leaves the dark modules about 60 mm wide.
constexpr double kCodeSideMm = 76.0;
constexpr double kCodeTopMm = 33.0;
const QRectF kUrlBoxMm(kMarginMm, 110.0, kCardWidthMm - 2 * kMarginMm, 9.0);
const QRectF kInstructionBoxMm(kMarginMm + 2.0, 121.0, kCardWidthMm - 2 * kMarginMm - 4.0, 16.0);
constexpr int kQuietModules = 4;

QFont sansFont(bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Sans Serif")});
    font.setStyleHint(QFont::SansSerif);
    font.setBold(bold);
    return font;
}

QFont monoFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                      QStringLiteral("Monospace")});
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

// The largest font from maxPixels down to minPixels in which `text` fits `box` (device pixels);
// the smallest when none does.
QFont fittedFont(QFont font, double maxPixels, double minPixels, const QRectF &box, int flags,
                 const QString &text, QPaintDevice *device, bool *fits = nullptr)
{
    for (double pixels = maxPixels; pixels >= minPixels; pixels *= 0.95) {
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
        const QRectF needed = QFontMetricsF(font, device).boundingRect(box, flags, text);
        if (needed.width() <= box.width() && needed.height() <= box.height()) {
            if (fits)
                *fits = true;
            return font;
        }
    }
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(minPixels))));
    if (fits)
        *fits = false;
    return font;
}

// Dark modules as one path of row runs, so that no seam shows between neighbours.
QPainterPath codePath(const QrCode &code, QPointF topLeft, double modulePixels)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size; ++y) {
        int x = 0;
        while (x < code.size) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size && code.isDark(x, y))
                ++x;
            path.addRect(topLeft.x() + start * modulePixels, topLeft.y() + y * modulePixels,
                         (x - start) * modulePixels, modulePixels);
        }
    }
    return path;
}

void paintCode(QPainter &painter, const QrCode &code, const QRectF &box)
{
    const int modules = code.size + 2 * kQuietModules;
    // Whole device pixels a module, so that a raster card has crisp, equal squares.
    const double modulePixels = std::max(1.0, std::floor(box.width() / modules));
    const double side = modulePixels * modules;
    const QPointF zone(std::round(box.center().x() - side / 2),
                       std::round(box.center().y() - side / 2));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(zone, QSizeF(side, side)), Qt::white);
    const QPointF codeTopLeft = zone + QPointF(kQuietModules, kQuietModules) * modulePixels;
    painter.fillPath(codePath(code, codeTopLeft, modulePixels), Qt::black);
    painter.setRenderHint(QPainter::Antialiasing, true);
}

} // namespace

void paintCard(QPainter &painter, const TableCard &card, const QrCode &code, QPointF origin,
               double pixelsPerMm)
{
    painter.save();
    QPaintDevice *device = painter.device();
    const auto toPixels = [&](const QRectF &mm) {
        return QRectF(origin.x() + mm.x() * pixelsPerMm, origin.y() + mm.y() * pixelsPerMm,
                      mm.width() * pixelsPerMm, mm.height() * pixelsPerMm);
    };
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);

    const QRectF venueBox = toPixels(kVenueBoxMm);
    painter.setFont(fittedFont(sansFont(false), 5.0 * pixelsPerMm, 2.5 * pixelsPerMm, venueBox,
                               Qt::AlignCenter, card.venue, device));
    painter.drawText(venueBox, Qt::AlignCenter,
                     painter.fontMetrics().elidedText(card.venue, Qt::ElideRight,
                                                      static_cast<int>(venueBox.width())));

    const QRectF tableBox = toPixels(kTableBoxMm);
    painter.setFont(fittedFont(sansFont(true), 13.0 * pixelsPerMm, 4.0 * pixelsPerMm, tableBox,
                               Qt::AlignCenter, card.table, device));
    painter.drawText(tableBox, Qt::AlignCenter,
                     painter.fontMetrics().elidedText(card.table, Qt::ElideRight,
                                                      static_cast<int>(tableBox.width())));

    paintCode(
        painter, code,
        toPixels(QRectF((kCardWidthMm - kCodeSideMm) / 2, kCodeTopMm, kCodeSideMm, kCodeSideMm)));

    // One line when it can be read on one, else wrapped anywhere: a URL has no words.
    const QString shownUrl = card.shownUrl.isEmpty() ? card.joinUrl : card.shownUrl;
    const QRectF urlBox = toPixels(kUrlBoxMm);
    bool oneLine = false;
    QFont urlFont = fittedFont(monoFont(), 3.2 * pixelsPerMm, 2.2 * pixelsPerMm, urlBox,
                               Qt::AlignCenter, shownUrl, device, &oneLine);
    int urlFlags = Qt::AlignCenter;
    if (!oneLine) {
        urlFlags |= Qt::TextWrapAnywhere;
        urlFont = fittedFont(monoFont(), 3.2 * pixelsPerMm, 1.4 * pixelsPerMm, urlBox, urlFlags,
                             shownUrl, device);
    }
    painter.setFont(urlFont);
    painter.drawText(urlBox, urlFlags, shownUrl);

    const QString instruction
        = Tr::tr("Scan with your phone's camera to join the game at this table.");
    const QRectF instructionBox = toPixels(kInstructionBoxMm);
    const int instructionFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    painter.setFont(fittedFont(sansFont(false), 4.2 * pixelsPerMm, 2.4 * pixelsPerMm,
                               instructionBox, instructionFlags, instruction, device));
    painter.drawText(instructionBox, instructionFlags, instruction);
    painter.restore();
}

void paintCutMarks(QPainter &painter, QPointF origin, double pixelsPerMm)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(90, 90, 90));
    pen.setWidthF(0.2 * pixelsPerMm);
    painter.setPen(pen);
    const auto at
        = [&](double xMm, double yMm) { return origin + QPointF(xMm, yMm) * pixelsPerMm; };
    const double width = 2 * kCardWidthMm;
    const double height = 2 * kCardHeightMm;
    const double middleX = kCardWidthMm;
    const double middleY = kCardHeightMm;
    // Inside the cards' margins: a printer's unprintable edge would lose marks at the page edge.
    constexpr double kFrom = 5.0;
    constexpr double kTo = 7.0;
    painter.drawLine(at(middleX, kFrom), at(middleX, kTo));
    painter.drawLine(at(middleX, height - kFrom), at(middleX, height - kTo));
    painter.drawLine(at(kFrom, middleY), at(kTo, middleY));
    painter.drawLine(at(width - kFrom, middleY), at(width - kTo, middleY));
    constexpr double kCross = 3.0;
    painter.drawLine(at(middleX - kCross, middleY), at(middleX + kCross, middleY));
    painter.drawLine(at(middleX, middleY - kCross), at(middleX, middleY + kCross));
    painter.restore();
}

} // namespace dojo::print::internal
