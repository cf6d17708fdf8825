#pragma once

#include "tournaments/bracketlayout.h"
#include "tournaments/tournamenttext.h"

#include <venue/tournament.h>

#include <QAbstractScrollArea>

#include <optional>
#include <vector>

namespace dojo::ui {

// A tournament's draw on screen, as the painter draws it for print, in a scroll area with zoom.
// It changes nothing itself: a key or a click asks with a signal.
//
// Keys: the arrows move the selected match to the nearest box that way, Home goes to the first;
// Enter asks for the selected ready match's result, T for the next free table for it;
// Ctrl+Plus/Minus zoom, Ctrl+0 back to 100 %. Mouse: a click selects, a double-click asks for
// the result, Ctrl+wheel zooms. Screen readers see each match as an item named by its sentence.
class BracketView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr char kViewportName[] = "bracketViewport";
    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 3.0;

    explicit BracketView(QWidget *parent = nullptr);

    // The tournament shown; the selection stays on its match when that is still in the draw.
    void setTournament(const venue::TournamentView &view);
    void setTableNames(TableNames names);
    const venue::TournamentView &tournament() const { return m_view; }
    const BracketLayout &layout() const { return m_layout; }

    std::optional<int> selectedMatch() const { return m_selected; }
    void selectMatch(int matchId);

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();

    // A match's box on the viewport (empty when the draw has no such match); the match under a
    // viewport point; the matches with a box, in the layout's order; a match's sentence.
    QRect boxRect(int matchId) const;
    std::optional<int> matchAt(const QPoint &pos) const;
    std::vector<int> shownMatches() const;
    QString matchName(int matchId) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged();
    void resultRequested(int matchId);
    void nextTableRequested(int matchId);
    // Why a key asked for nothing, as a sentence.
    void refused(const QString &why);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    void ensureSelectedVisible();
    void askForResult();
    void announceSelection();
    QPointF toLayout(const QPoint &pos) const;

    venue::TournamentView m_view;
    BracketLayout m_layout;
    TableNames m_tables;
    std::optional<int> m_selected;
    double m_zoom = 1.0;
};

} // namespace dojo::ui
