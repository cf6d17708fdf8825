#pragma once

#include <venue/floor.h>

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dojo::ui {

// Players → Merge Duplicates…: the pairs of players that look like one person
// (venue/playersearch.h's likelyDuplicates: the same name folded, the same e-mail address or
// phone number), each merged keeping either; and the duplicates merged so far, each separated
// again. It asks for every change with a signal; the window puts it on the undo stack.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(QWidget *parent = nullptr);

    // The venue's players (the kept ones) and the duplicates merged into them.
    void setPlayers(const std::vector<venue::Player> &players,
                    const std::vector<venue::Player> &merged);

    QTreeWidget *duplicates() const { return m_duplicates; }
    QTreeWidget *merged() const { return m_merged; }
    // The selected pair merged, keeping its first player (else its second); nothing without one.
    void mergeSelected(bool keepFirst);
    void unmergeSelected();

Q_SIGNALS:
    void mergeRequested(qint64 duplicateId, qint64 intoId);
    void unmergeRequested(qint64 duplicateId);

private:
    void updateButtons();

    std::vector<venue::Player> m_players;
    QTreeWidget *m_duplicates = nullptr;
    QTreeWidget *m_merged = nullptr;
    QLabel *m_duplicatesNote = nullptr;
    QPushButton *m_keepFirst = nullptr;
    QPushButton *m_keepSecond = nullptr;
    QPushButton *m_unmerge = nullptr;
};

} // namespace dojo::ui
