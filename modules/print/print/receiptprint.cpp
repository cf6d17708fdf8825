#include "print/receiptprint.h"

#include "print/internal/printtr.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace dojo::print {
namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kMarginMm = 5.0;
constexpr double kHeadingMm = 5.0; // the venue's name, cap height and a bit
constexpr double kTitleMm = 4.0;
constexpr double kBodyMm = 3.2;
constexpr double kLineGapMm = 1.6;
constexpr double kAmountWidthMm = 20.0;

// How long the paper is for the sheet: a label wraps to two lines at most.
double lengthMm(const ReceiptSheet &sheet)
{
    const double body = kBodyMm + kLineGapMm;
    return 2 * kMarginMm + kHeadingMm + kLineGapMm + kTitleMm + 2 * kLineGapMm
           + double(sheet.details.size()) * body + 2 * kLineGapMm
           + double(sheet.lines.size()) * 2 * body + 3 * kLineGapMm + kTitleMm + kMarginMm;
}

QFont fontOf(double mm, double pixelsPerMm, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(mm * pixelsPerMm)));
    font.setBold(bold);
    return font;
}

} // namespace

Result<void> paintReceipt(QPagedPaintDevice &device, const ReceiptSheet &sheet)
{
    const double length = lengthMm(sheet);
    // A printer that lacks the size keeps its own page: the receipt is scaled to its width.
    (void)device.setPageSize(QPageSize(QSizeF(kReceiptWidthMm, length), QPageSize::Millimeter,
                                       QString(), QPageSize::ExactMatch));
    (void)device.setPageOrientation(QPageLayout::Portrait);
    (void)device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&device)) {
        return Unexpected(internal::Tr::tr("The receipt cannot be printed: the printer or file "
                                           "does not accept painting."));
    }
    const int dpi = device.logicalDpiX();
    const QPageLayout layout = device.pageLayout();
    const QRectF pageMm = layout.fullRect(QPageLayout::Millimeter);
    const double scale
        = std::min({1.0, pageMm.width() / kReceiptWidthMm, pageMm.height() / length});
    const double px = dpi / kMmPerInch * scale; // device pixels a millimetre
    const QPointF origin
        = QPointF(layout.fullRectPixels(dpi).topLeft() - layout.paintRectPixels(dpi).topLeft());
    const double left = origin.x() + kMarginMm * px;
    const double width = (kReceiptWidthMm - 2 * kMarginMm) * px;
    double y = origin.y() + kMarginMm * px;
    painter.setPen(Qt::black);

    const auto line = [&](const QString &text, double mm, bool bold, Qt::Alignment align) {
        painter.setFont(fontOf(mm, px, bold));
        const QRectF box(left, y, width, mm * 1.5 * px);
        painter.drawText(box, int(align | Qt::AlignTop), text);
        y += (mm + kLineGapMm) * px;
    };
    line(sheet.venue, kHeadingMm, true, Qt::AlignHCenter);
    line(sheet.title, kTitleMm, false, Qt::AlignHCenter);
    y += kLineGapMm * px;
    for (const QString &detail : sheet.details)
        line(detail, kBodyMm, false, Qt::AlignLeft);
    y += kLineGapMm * px;
    painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    y += kLineGapMm * px;

    painter.setFont(fontOf(kBodyMm, px, false));
    const double labelWidth = width - kAmountWidthMm * px;
    for (const ReceiptSheetLine &item : sheet.lines) {
        const QRectF labelBox(left, y, labelWidth, 2 * (kBodyMm + kLineGapMm) * px);
        QRectF used;
        painter.drawText(labelBox, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), item.label,
                         &used);
        painter.drawText(QRectF(left + labelWidth, y, kAmountWidthMm * px, kBodyMm * 1.5 * px),
                         int(Qt::AlignRight | Qt::AlignTop), item.amount);
        y += std::max(used.height(), (kBodyMm + kLineGapMm) * px) + kLineGapMm * px / 2;
    }
    y += kLineGapMm * px;
    painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    y += kLineGapMm * px;
    painter.setFont(fontOf(kTitleMm, px, true));
    const QRectF totalBox(left, y, width, kTitleMm * 1.5 * px);
    painter.drawText(totalBox, int(Qt::AlignLeft | Qt::AlignTop), sheet.totalLabel);
    painter.drawText(totalBox, int(Qt::AlignRight | Qt::AlignTop), sheet.total);
    if (!painter.end()) {
        return Unexpected(internal::Tr::tr("The receipt cannot be printed: the printer or file "
                                           "did not finish the page."));
    }
    return {};
}

Result<void> writeReceiptPdf(const ReceiptSheet &sheet, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return Unexpected(internal::Tr::tr("The receipt cannot be written to %1: %2.")
                              .arg(file, out.errorString()));
    }
    {
        QPdfWriter writer(&out);
        writer.setCreator(QStringLiteral("DojoPool"));
        writer.setTitle(sheet.title);
        writer.setResolution(300);
        if (Result<void> painted = paintReceipt(writer, sheet); !painted)
            return painted;
    }
    if (!out.commit()) {
        return Unexpected(internal::Tr::tr("The receipt cannot be written to %1: %2.")
                              .arg(file, out.errorString()));
    }
    return {};
}

} // namespace dojo::print
