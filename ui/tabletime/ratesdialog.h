#pragma once

#include <core/result.h>
#include <venue/billing.h>

#include <QDialog>
#include <QStringList>

#include <functional>
#include <vector>

class QLabel;
class QTableWidget;

namespace dojo::ui {

// Venue → Rates…, for managers: per rate class the price per hour, the member price, the block
// of 15 or 30 minutes, the minimum charge and the happy hours. Save hands the rules to `save`,
// which refuses anyone but a manager; a refusal is shown and the dialog stays open.
class RatesDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const std::vector<venue::RateRule> &)>;

    RatesDialog(const std::vector<venue::RateRule> &rates, const QStringList &rateClasses,
                const QString &currency, Save save, QWidget *parent = nullptr);

    // The rules as typed; refused with a sentence naming the class and the field.
    Result<std::vector<venue::RateRule>> rates() const;
    QTableWidget *table() const { return m_table; }
    // Checks and saves; true when saved.
    bool trySave();

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_outcome = nullptr;
    Save m_save;
};

} // namespace dojo::ui
