// Minimal stand-in for Qt's environment API.
#ifndef FAKE_QT_H
#define FAKE_QT_H
class QByteArray {};
class QString {};
QByteArray qgetenv(const char *name);
bool qputenv(const char *name, const QByteArray &value);
bool qunsetenv(const char *name);
QString qEnvironmentVariable(const char *name);
bool qEnvironmentVariableIsSet(const char *name);
bool qEnvironmentVariableIsEmpty(const char *name);
int qEnvironmentVariableIntValue(const char *name, bool *ok = nullptr);
class QProcessEnvironment {
public:
  static QProcessEnvironment systemEnvironment();
};
#endif
