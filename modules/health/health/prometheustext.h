#pragma once

#include "health/alerts.h"
#include "health/healthsample.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dojo::health {

// The sample and the alerts going on in the Prometheus text exposition format 0.0.4 (served
// at /metrics as "text/plain; version=0.0.4"): every family with its # HELP and # TYPE, names
// dojopool_..., a table's figures labelled table="Table 3". docs/health.md lists them word for
// word: a contract for monitoring tools, so nothing here is translated.
QByteArray prometheusText(const HealthSample &sample, const std::vector<Alert> &alerts,
                          const QString &version, const Thresholds &limits = {});

// A label's value as the format writes it: backslash, double quote and line feed escaped.
QByteArray prometheusLabelValue(const QString &value);
// A # HELP text: backslash and line feed escaped.
QByteArray prometheusHelp(const QString &text);
// A sample's value: the shortest text that reads back as the same double; NaN, +Inf, -Inf.
QByteArray prometheusNumber(double value);

} // namespace dojo::health
