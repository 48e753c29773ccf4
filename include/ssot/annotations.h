// ssot/annotations.h - designate single-source-of-truth pieces in code.
//
// ssot-tidy finds the designated pieces through these attributes, so the
// designation lives next to the code it designates instead of in a config file
// that can drift. Each macro expands to nothing on compilers that do not know
// clang::annotate, so annotated headers stay portable.
#ifndef SSOT_ANNOTATIONS_H
#define SSOT_ANNOTATIONS_H

#if defined(__clang__)
#define SSOT_ANNOTATE_(...) [[clang::annotate(__VA_ARGS__)]]
#else
#define SSOT_ANNOTATE_(...)
#endif

/// The one function through which the program reads its environment.
/// `SSOT_ENV_ACCESSOR const char *env(const char *Name);`
/// On several functions, a class or a namespace, it designates an accessor
/// layer: `class SSOT_ENV_ACCESSOR Env {...};` `namespace SSOT_ENV_ACCESSOR env {...}`
#define SSOT_ENV_ACCESSOR SSOT_ANNOTATE_("ssot::env_accessor")

/// A class whose objects are created only by the named factory (a function or
/// a class, fully qualified): `class SSOT_FACTORY("::app::EngineFactory::create") Engine`.
#define SSOT_FACTORY(QualifiedFactory)                                         \
  SSOT_ANNOTATE_("ssot::factory", QualifiedFactory)

/// A utility that must not be re-implemented or bypassed.
#define SSOT_UTILITY SSOT_ANNOTATE_("ssot::utility")

/// The one way into a component from the others (a class, a function or a
/// namespace): `class SSOT_BRIDGE AgentBridge`, `namespace SSOT_BRIDGE api`.
#define SSOT_BRIDGE SSOT_ANNOTATE_("ssot::bridge")

#endif // SSOT_ANNOTATIONS_H
