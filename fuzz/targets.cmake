# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets, one name a line. For each NAME, fuzz/fuzz_NAME.cpp defines
# LLVMFuzzerTestOneInput, fuzz/corpus/NAME/ holds its seed corpus and
# fuzz/NAME.dict, if present, its libFuzzer dictionary. fuzz/CMakeLists.txt
# builds each as a libFuzzer executable (preset fuzz) and tests/CMakeLists.txt
# as fuzz_regression_NAME, which replays the corpus in every other preset.
set(ANNALS_FUZZ_TARGETS
    csvreader
    dateparser
    timelinejs
)
