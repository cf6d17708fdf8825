#include "print/tablecard.h"

#include "print/internal/cardpainter.h"
#include "print/internal/printtr.h"
#include "print/qrcode.h"

#include <QImageWriter>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace dojo::print {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr int kCardsPerSheet = 4;
constexpr int kMinDpi = 30;
constexpr int kMaxDpi = 1200;

Result<std::vector<QrCode>> codesOf(const std::vector<TableCard> &cards)
{
    std::vector<QrCode> codes;
    codes.reserve(cards.size());
    for (const TableCard &card : cards) {
        if (card.joinUrl.isEmpty())
            return Unexpected(
                internal::Tr::tr("The card of %1 has no address to put in its QR code.")
                    .arg(card.table));
        Result<QrCode> code = qrCode(card.joinUrl.toUtf8());
        if (!code)
            return Unexpected(code.error());
        codes.push_back(std::move(code).value());
    }
    return codes;
}

Result<QImage> renderCard(const TableCard &card, int dpi)
{
    if (dpi < kMinDpi || dpi > kMaxDpi)
        return Unexpected(
            internal::Tr::tr("A card's resolution must be from %1 to %2 dots per inch, not %3.")
                .arg(kMinDpi)
                .arg(kMaxDpi)
                .arg(dpi));
    Result<std::vector<QrCode>> codes = codesOf({card});
    if (!codes)
        return Unexpected(codes.error());
    const double pixelsPerMm = dpi / kMmPerInch;
    QImage image(static_cast<int>(std::lround(kCardWidthMm * pixelsPerMm)),
                 static_cast<int>(std::lround(kCardHeightMm * pixelsPerMm)), QImage::Format_RGB32);
    // Printed at the card's size by whatever opens the PNG.
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / kMmPerInch * 1000.0));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    internal::paintCard(painter, card, codes->front(), QPointF(0, 0), pixelsPerMm);
    painter.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

Result<void> paintCards(QPagedPaintDevice &device, const std::vector<TableCard> &cards,
                        CardLayout layout)
{
    if (cards.empty())
        return Unexpected(internal::Tr::tr("There are no table cards to print."));
    Result<std::vector<QrCode>> codes = codesOf(cards);
    if (!codes)
        return Unexpected(codes.error());

    const bool sheet = layout == CardLayout::Sheet;
    // A printer that lacks the size or the borderless margins keeps its own: the cards then
    // fit the page it has.
    (void)device.setPageSize(QPageSize(sheet ? QPageSize::A4 : QPageSize::A6));
    (void)device.setPageOrientation(QPageLayout::Portrait);
    (void)device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&device))
        return Unexpected(internal::Tr::tr("The table cards cannot be printed: the printer or "
                                           "file does not accept painting."));

    const int dpi = device.logicalDpiX();
    const QPageLayout pageLayout = device.pageLayout();
    const QRectF pageMm = pageLayout.fullRect(QPageLayout::Millimeter);
    // The painter's origin is the page's printable corner; the cards are placed on the page.
    const QPointF pageOrigin = QPointF(pageLayout.fullRectPixels(dpi).topLeft()
                                       - pageLayout.paintRectPixels(dpi).topLeft());
    const double contentWidthMm = sheet ? 2 * kCardWidthMm : kCardWidthMm;
    const double contentHeightMm = sheet ? 2 * kCardHeightMm : kCardHeightMm;
    const double scale
        = std::min({1.0, pageMm.width() / contentWidthMm, pageMm.height() / contentHeightMm});
    const double pixelsPerMm = dpi / kMmPerInch * scale;
    const QPointF contentOrigin = pageOrigin
                                  + QPointF((pageMm.width() - contentWidthMm * scale) / 2,
                                            (pageMm.height() - contentHeightMm * scale) / 2)
                                        * (dpi / kMmPerInch);

    const int perPage = sheet ? kCardsPerSheet : 1;
    for (size_t i = 0; i < cards.size(); ++i) {
        const int onPage = static_cast<int>(i % static_cast<size_t>(perPage));
        if (i > 0 && onPage == 0 && !device.newPage()) {
            painter.end();
            return Unexpected(
                internal::Tr::tr("The table cards cannot be printed: a new page does not start."));
        }
        if (sheet && onPage == 0)
            internal::paintCutMarks(painter, contentOrigin, pixelsPerMm);
        const QPointF cardOrigin
            = contentOrigin
              + QPointF((onPage % 2) * kCardWidthMm, (onPage / 2) * kCardHeightMm) * pixelsPerMm;
        internal::paintCard(painter, cards[i], (*codes)[i], cardOrigin, pixelsPerMm);
    }
    if (!painter.end())
        return Unexpected(internal::Tr::tr("The table cards cannot be printed: the printer or "
                                           "file did not finish the pages."));
    return {};
}

Result<void> writeCardsPdf(const std::vector<TableCard> &cards, CardLayout layout,
                           const QString &file)
{
    if (cards.empty())
        return Unexpected(internal::Tr::tr("There are no table cards to print."));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Unexpected(internal::Tr::tr("The table cards cannot be written to %1: %2.")
                              .arg(file, out.errorString()));
    {
        QPdfWriter writer(&out);
        writer.setCreator(QStringLiteral("DojoPool"));
        writer.setTitle(internal::Tr::tr("Table cards"));
        // 600 dpi: crisp modules, and whole device pixels a module stay close to the card's mm.
        writer.setResolution(600);
        const Result<void> painted = paintCards(writer, cards, layout);
        if (!painted)
            return painted;
    }
    if (!out.commit())
        return Unexpected(internal::Tr::tr("The table cards cannot be written to %1: %2.")
                              .arg(file, out.errorString()));
    return {};
}

Result<void> writeCardPng(const TableCard &card, const QString &file, int dpi)
{
    const Result<QImage> image = renderCard(card, dpi);
    if (!image)
        return Unexpected(image.error());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Unexpected(internal::Tr::tr("The table card cannot be written to %1: %2.")
                              .arg(file, out.errorString()));
    QImageWriter writer(&out, "png");
    if (!writer.write(*image))
        return Unexpected(internal::Tr::tr("The table card cannot be written to %1: %2.")
                              .arg(file, writer.errorString()));
    if (!out.commit())
        return Unexpected(internal::Tr::tr("The table card cannot be written to %1: %2.")
                              .arg(file, out.errorString()));
    return {};
}

QImage cardImage(const TableCard &card, int dpi)
{
    Result<QImage> image = renderCard(card, dpi);
    return image ? std::move(image).value() : QImage();
}

} // namespace dojo::print
