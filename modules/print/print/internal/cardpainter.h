#pragma once

#include "print/qrcode.h"
#include "print/tablecard.h"

#include <QPointF>

class QPainter;

namespace dojo::print::internal {

// One card drawn with its top-left corner at `origin`, in device pixels, `pixelsPerMm` of them
// a millimetre. The painter's state is restored afterwards.
void paintCard(QPainter &painter, const TableCard &card, const QrCode &code, QPointF origin,
               double pixelsPerMm);

// Short marks where two cards of a sheet meet, drawn in the cards' margins.
void paintCutMarks(QPainter &painter, QPointF origin, double pixelsPerMm);

} // namespace dojo::print::internal
