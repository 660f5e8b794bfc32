from __future__ import annotations

from typing import Literal, cast

PCMUserMessageAudioConfigSampleWidth = Literal[2, 4]

PCM_USER_MESSAGE_AUDIO_CONFIG_SAMPLE_WIDTH_VALUES: set[PCMUserMessageAudioConfigSampleWidth] = {
    2,
    4,
}


def check_pcm_user_message_audio_config_sample_width(value: int) -> PCMUserMessageAudioConfigSampleWidth:
    if value in PCM_USER_MESSAGE_AUDIO_CONFIG_SAMPLE_WIDTH_VALUES:
        return cast("PCMUserMessageAudioConfigSampleWidth", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PCM_USER_MESSAGE_AUDIO_CONFIG_SAMPLE_WIDTH_VALUES!r}"
    )
