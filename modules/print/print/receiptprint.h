#pragma once

#include <core/result.h>

#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace dojo::print {

// One line of a receipt as printed: what it is, and its amount already written in the
// venue's currency (empty for a line without one).
struct ReceiptSheetLine
{
    QString label;
    QString amount;
};

// A receipt as it is printed: plain text the caller fills (the front desk's venue::Receipt).
struct ReceiptSheet
{
    QString venue;       // "Dojo Demo", the heading
    QString title;       // "Receipt 17"
    QStringList details; // the date, the guest, …: a line each under the title
    std::vector<ReceiptSheetLine> lines;
    QString totalLabel; // "Total"
    QString total;      // "€12.50"
};

// A receipt's paper: 80 mm wide, as a receipt printer's roll, and as long as it needs.
inline constexpr double kReceiptWidthMm = 80.0;

// Paints the receipt on one page of a paged device (a QPdfWriter, the window's QPrinter),
// setting its page size where it can; a page that is narrower gets it scaled down to fit.
Result<void> paintReceipt(QPagedPaintDevice &device, const ReceiptSheet &sheet);
Result<void> writeReceiptPdf(const ReceiptSheet &sheet, const QString &file);

} // namespace dojo::print
