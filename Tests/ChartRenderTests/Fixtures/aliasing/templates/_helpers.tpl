{{- define "sec" -}}
{{ default "fallback" (tpl .Values.existing $) }}
{{- end -}}
{{- define "mutate" -}}
{{- $_ := set .ctx "fromInclude" true -}}
{{- $_ := set .ctx.nested "deep" "yes" -}}
{{- end -}}
