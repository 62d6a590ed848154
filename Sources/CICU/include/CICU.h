#ifndef BROADSHEET_CICU_H
#define BROADSHEET_CICU_H
/* ICU's charset detector (libicu-dev), for the TextEncoding target only. This header uses no
   ICU type: Foundation on Linux carries its own ICU module, whose UErrorCode and friends
   clash with the system headers in any Swift module that imports both. The ICU headers are
   included only by CICU.c. */
#include <stdint.h>

/* Writes every encoding ICU finds plausible for `bytes`, best first, into `list` as lines
   "NAME CONFIDENCE\n" (confidence 0 to 100; at most `capacity` bytes, NUL-terminated), and
   returns how many were written, or -1 when ICU failed. Markup (<...>) is left out of the
   statistics. */
int32_t broadsheet_detect_charsets(const char *bytes, int32_t length, char *list, int32_t capacity);
#endif
