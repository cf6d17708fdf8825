#pragma once

#include <venue/newvenue.h>

#include <QWizard>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace dojo::ui {

// The set-up of a new venue, keyboard first (Enter goes on): on the first start it offers to
// set up the venue or open the demo; then the venue's name, currency and time zone (this
// computer's by default); then how many tables of each size, named "Table 1" on (a name can be
// changed in the list), and whether the demo goes. Finish is refused, with the sentence, while
// the set-up has a problem (venue/newvenue.h). Cameras are chosen later, table by table.
class VenueSetupDialog : public QWizard
{
    Q_OBJECT

public:
    enum class Start {
        FirstStart, // the demo was just created: set up or open the demo
        NewVenue,   // Venue → New Venue…
    };
    enum PageId { ChoicePage, VenuePage, TablesPage };

    VenueSetupDialog(Start start, bool hasDemo, QWidget *parent = nullptr);

    // The demo was chosen on the first start: nothing is to be created.
    bool opensDemo() const;
    venue::NewVenue setup() const;
    // The demo venue goes once the new one is created (asked only when there is one).
    bool removesDemo() const;

private:
    QWizardPage *choicePage();
    QWizardPage *venuePage();
    QWizardPage *tablesPage(bool hasDemo);
    void renameTables();
    void showProblems();

    QRadioButton *m_setUp = nullptr;
    QRadioButton *m_demo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_timeZone = nullptr;
    std::array<QSpinBox *, 4> m_counts{}; // by kAllTableSizes
    QListWidget *m_tables = nullptr;
    QCheckBox *m_removeDemo = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace dojo::ui
