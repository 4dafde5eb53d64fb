#include <gtest/gtest.h>

#include "crosswire/text.h"
