#pragma once

#include <core/result.h>

#include <QImage>
#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace dojo::print {

// What one table's card shows.
struct TableCard
{
    QString venue;    // "Dojo Demo"
    QString table;    // "Table 1"
    QString joinUrl;  // the URL in the QR code: http://192.168.1.20:8080/t/Table%201?k=...
    QString shownUrl; // printed under the code (the URL without "http://"); joinUrl when empty
};

enum class CardLayout {
    OnePerPage, // an A6 portrait page per card
    Sheet,      // A4 portrait, 2 x 2 cards with cut marks
};

// A card's size: A6 portrait, in millimetres.
inline constexpr double kCardWidthMm = 105.0;
inline constexpr double kCardHeightMm = 148.0;

// Paints the cards on a paged device (a QPdfWriter, the window's QPrinter), setting its page
// size where it can; a page that is smaller gets the cards scaled down to fit.
Result<void> paintCards(QPagedPaintDevice &device, const std::vector<TableCard> &cards,
                        CardLayout layout);
Result<void> writeCardsPdf(const std::vector<TableCard> &cards, CardLayout layout,
                           const QString &file);

// One card as a PNG at `dpi` dots per inch (the size of an A6 card when printed).
Result<void> writeCardPng(const TableCard &card, const QString &file, int dpi = 300);
// One card as a picture at `dpi`; a null image when its QR code cannot be made or the
// resolution is out of range (30 to 1200).
QImage cardImage(const TableCard &card, int dpi = 300);

} // namespace dojo::print
