#include "CICU.h"
#include <stdio.h>
#include <string.h>
#include <unicode/ucsdet.h>

int32_t broadsheet_detect_charsets(const char *bytes, int32_t length, char *list, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (capacity < 1) return -1;
    list[0] = '\0';
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status) || detector == NULL) return -1;
    ucsdet_enableInputFilter(detector, 1);
    ucsdet_setText(detector, bytes, length, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = U_SUCCESS(status) ? ucsdet_detectAll(detector, &count, &status) : NULL;
    int32_t written = 0, listed = 0;
    for (int32_t i = 0; matches != NULL && U_SUCCESS(status) && i < count; i++) {
        const char *name = ucsdet_getName(matches[i], &status);
        int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || name == NULL) break;
        int n = snprintf(list + written, (size_t)(capacity - written), "%s %d\n", name, (int)confidence);
        if (n < 0 || written + n >= capacity) break;
        written += n;
        listed += 1;
    }
    ucsdet_close(detector);
    return U_SUCCESS(status) ? listed : -1;
}
